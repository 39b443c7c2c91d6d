export const b = 'B';
