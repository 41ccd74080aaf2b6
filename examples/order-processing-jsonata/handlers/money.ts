/** Amounts are decimal currency units (12.5 is 12.50) on the wire, and whole cents in arithmetic. */

export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

export function fromCents(cents: number): number {
  return cents / 100;
}

/** True for an amount of at least zero that has no fraction of a cent. */
export function isWholeCents(amount: number): boolean {
  return Number.isFinite(amount) && amount >= 0 && Math.abs(amount * 100 - Math.round(amount * 100)) < 1e-6;
}
