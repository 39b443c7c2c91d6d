import { b } from './_require-esm-dep.mjs';
export const a = `A${b}`;
export let counter = 0;
export function bump() { counter++; }
export default function hello() { return 'hi'; }
