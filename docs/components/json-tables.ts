// The published tables for the journalist's own cells, read from their JSON files by name: {figures:
// FileAttachment("data/tables/figures.json"), …} → {figures: [{id: "aws_cloud", …}, …], …}.
type JsonFile = {json(): Promise<unknown>};

export async function jsonTables(files: Record<string, JsonFile>): Promise<Record<string, Record<string, unknown>[]>> {
  const entries = await Promise.all(
    Object.entries(files).map(async ([name, file]) => [name, (await file.json()) as Record<string, unknown>[]])
  );
  return Object.fromEntries(entries);
}
