// Stylesheets are imported for their side effect; esbuild bundles them into app.css. Layer: renderer.
declare module '*.css';
