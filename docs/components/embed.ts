// An embedded chart tells its host page how tall it is, whenever that changes: the snippet's script sets the
// iframe's height from these messages.
export function reportHeight(): void {
  if (window.parent === window) return;
  let last = 0;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({type: "tech-edge:height", path: location.pathname, height}, "*");
  };
  new ResizeObserver(send).observe(document.documentElement);
  addEventListener("load", send);
  send();
}
