import { measureBundle } from './bundle/measure-bundle.js';
console.log(await measureBundle('leadway-app'), await measureBundle('openapi-fetch-app'));
