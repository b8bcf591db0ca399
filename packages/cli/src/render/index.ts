export {
  renderGraph,
  renderMergedGraph,
  type PictureFormat,
  type RenderOptions,
} from './render-graph.js';
