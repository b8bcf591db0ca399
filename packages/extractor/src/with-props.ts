/**
 * `{ ...base, ...extra }`; a property of both keeps base's place and takes extra's value, as in the
 * spread (linkedEntity's `id`, windowQuotes' `mentions`). In the V8 of Node 20 an
 * object literal that spreads an object and then adds a property gets a hidden class of its own
 * each time: about a microsecond to make, and every site that later reads such objects sees a new
 * class and goes megamorphic. Copying into a fresh object follows the shared transitions instead.
 * The own properties, their values and their order are those of the spread.
 */
export function withProps<T extends object, U extends object>(base: T, extra: U): T & U {
  return Object.assign({}, base, extra);
}
