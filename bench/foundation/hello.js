// Start-up cost: the smallest program that prints.
console.log('hello world');
