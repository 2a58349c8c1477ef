// ECharts (the WebJar, loaded by index.html as the global echarts) with the page's defaults: SVG so that a printed
// page stays sharp, one instance per container, every instance resized with the window.
const instances = new Set();

/** A chart in a container, replacing any chart it held. */
export function chart(container) {
  const previous = window.echarts.getInstanceByDom(container);
  if (previous) {
    instances.delete(previous);
    previous.dispose();
  }
  const instance = window.echarts.init(container, null, { renderer: 'svg' });
  instances.add(instance);
  return instance;
}

/** Disposes the charts inside a node that is about to be emptied. */
export function disposeCharts(root) {
  for (const instance of [...instances]) {
    if (root.contains(instance.getDom())) {
      instances.delete(instance);
      instance.dispose();
    }
  }
}

window.addEventListener('resize', () => instances.forEach((instance) => instance.resize()));
window.addEventListener('beforeprint', () => instances.forEach((instance) => instance.resize()));

/** Colours that keep their contrast on a projector and in black-and-white print (with the patterns of the bars). */
export const PALETTE = ['#1f5fa8', '#c2571a', '#2e7d32', '#7b3fa0', '#b8860b', '#00838f', '#ad1457', '#5d4037',
  '#455a64', '#6d8b00'];

/** The colour of a layer of the framework, the same in every view. */
export const LAYERS = ['BUSINESS', 'DATA', 'APPLICATION', 'TECHNOLOGY', 'SECURITY', 'INFRASTRUCTURE', 'GOVERNANCE'];

export function layerColour(layer) {
  const index = LAYERS.indexOf(layer);
  return PALETTE[index < 0 ? LAYERS.length : index];
}
