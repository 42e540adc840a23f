/**
 * A value per object, made on first use and kept as long as the object lives (a WeakMap): how
 * indexes over the site model are built once per build instead of once per page.
 */
export function oncePer<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const values = new WeakMap<K, V>();
  return (key) => {
    if (values.has(key)) return values.get(key) as V;
    const value = make(key);
    values.set(key, value);
    return value;
  };
}
