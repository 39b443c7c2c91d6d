// url.parse() emits DEP0169 once, and only for calls from outside node_modules (a package
// calling it first does not warn and does not use up the warning).
process.on('warning', (w) => console.log('warning event', w.name, w.code));
const fromPackage = require('legacy-user');
console.log(fromPackage('http://a.com/from/package?x'));
setTimeout(() => {
  console.log('main calls now');
  const url = require('url');
  console.log(url.parse('http://a.com/p?q').path);
  console.log(url.parse('http://a.com/again').path);
  console.log(url.resolve('http://a.com/b/c', '../d'));
}, 20);
