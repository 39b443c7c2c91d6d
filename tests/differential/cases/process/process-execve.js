// process.execve(file, args, env): argument validation (ERR_INVALID_ARG_TYPE / ERR_INVALID_ARG_VALUE),
// failures as Node's errno exception (`ENOENT, No such file or directory '<path>'`, positive
// errno, path, syscall), and a successful call replacing the process (no 'exit' event, the
// new program's output and exit status).
'use strict';
for (const args of [['/nonexistent/bin'], ['/etc/passwd'], [5], ['/bin/echo', ['echo', 5]],
  ['/bin/echo', ['a\0b']], ['/bin/echo', ['echo'], { A: 5 }], ['/bin/echo', 'x']]) {
  try {
    process.execve(...args);
  } catch (e) {
    console.log(e.name, e.code, e.message, Object.keys(e), e.errno, e.syscall, e.path);
  }
}
console.log(process.execve.length, process.execve.name);
process.on('exit', (c) => console.log('exit listener', c));
process.execve('/bin/sh', ['sh', '-c', 'echo replaced $FOO $0'], { FOO: 'bar' });
console.log('not reached');
