export { renderGraph, type PictureFormat, type RenderOptions } from './render-graph.js';
