process.stdout.write("a,b\n1,2\n")
