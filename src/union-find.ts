/** Disjoint sets over the integers 0…size-1, with path halving and union by size. */
export class UnionFind {
  readonly #parent: number[];
  readonly #size: number[];

  constructor(size: number) {
    this.#parent = Array.from({ length: size }, (_, index) => index);
    this.#size = new Array<number>(size).fill(1);
  }

  find(element: number): number {
    let current = element;
    for (;;) {
      const parent = this.#parent[current] ?? current;
      if (parent === current) return current;
      const grandparent = this.#parent[parent] ?? parent;
      this.#parent[current] = grandparent;
      current = grandparent;
    }
  }

  union(a: number, b: number): void {
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) return;
    if ((this.#size[rootA] ?? 1) < (this.#size[rootB] ?? 1)) [rootA, rootB] = [rootB, rootA];
    this.#parent[rootB] = rootA;
    this.#size[rootA] = (this.#size[rootA] ?? 1) + (this.#size[rootB] ?? 1);
  }
}
