// Imported for its effect, first, before Prism: makes Prism's start-up about a second shorter.
//
// Prism's data generator requires `@faker-js/faker`, whose index loads every one of its 50-odd
// locales, about half the time it takes to import Prism, to use only its default English instance
// (`.default`). Before Prism loads, this puts faker's own English-only entry point
// (`@faker-js/faker/locale/en`, the same Faker with the `en` locale) in the module cache under the
// index's path, so Prism gets that instance. Generated data is the same: `en` is faker's default.
// Should the layout ever differ, nothing is changed and Prism loads faker as usual.
import { createRequire, Module } from 'node:module';

try {
  const prismRequire = createRequire(createRequire(import.meta.url).resolve('@stoplight/prism-http'));
  const indexPath = prismRequire.resolve('@faker-js/faker');
  if (prismRequire.cache[indexPath] === undefined) {
    const english: unknown = prismRequire('@faker-js/faker/locale/en');
    const entry = new Module(indexPath);
    entry.filename = indexPath;
    entry.exports = { default: english, faker: english };
    entry.loaded = true;
    prismRequire.cache[indexPath] = entry;
  }
} catch {
  // Prism will load the full faker itself.
}
