/**
 * Freezes `value` and every object and array inside it, and returns it. Built-in data
 * (the default framework, its scales) is shared by every widget on a page; freezing it means
 * one widget can never change what another one shows.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
