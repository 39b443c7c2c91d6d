const value = { kind: 'module.exports export' };
export { value as 'module.exports' };
export const other = 2;
