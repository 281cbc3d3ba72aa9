// The prebuilt bundle ships no types; it exposes the same API that @types/plotly.js describes.
declare module 'plotly.js-dist-min' {
  import * as Plotly from 'plotly.js';
  export default Plotly;
}
