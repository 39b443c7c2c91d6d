// Static process properties: release, features keys, config keys, versions.node, argv/execArgv
// shapes, allowedNodeEnvironmentFlags (a read-only Set-like with Node's has() normalisation),
// getBuiltinModule, sourceMapsEnabled, and the events Node listens to at startup.
'use strict';
console.log(process.release.name, process.release.sourceUrl, process.release.headersUrl);
console.log(process.version === `v${process.versions.node}`, process.versions.node);
console.log(Object.keys(process.features));
console.log(typeof process.features.inspector, typeof process.features.ipv6);
console.log(Object.keys(process.config).sort(), typeof process.config.variables);
console.log(process.platform, process.arch, typeof process.pid, typeof process.ppid, process.ppid !== process.pid);
console.log(process.argv.length, process.argv[1] === __filename, process.execArgv, typeof process.argv0, typeof process.title);
console.log(Object.prototype.toString.call(process), String(process));
const flags = process.allowedNodeEnvironmentFlags;
console.log(flags instanceof Set, flags.constructor.name, flags.size >= 300);
console.log(['--no-warnings', '--no_warnings', '--max-old-space-size=100', '--max_old_space_size',
  '-r', '--require', '--expose-gc', '--foo', 'no-warnings', 5].map((f) => flags.has(f)));
console.log(flags.add('--x') === flags, flags.has('--x'), flags.delete('--no-warnings'),
  flags.has('--no-warnings'), flags.clear(), flags.size >= 300);
console.log(process.getBuiltinModule('os') === require('os'), process.getBuiltinModule('node:os') === require('os'),
  process.getBuiltinModule('nope'), process.getBuiltinModule('fs') === require('fs'));
try { process.getBuiltinModule(5); } catch (e) { console.log(e.code, e.message); }
console.log(process.sourceMapsEnabled);
process.setSourceMapsEnabled(true);
console.log(process.sourceMapsEnabled);
process.setSourceMapsEnabled(false);
try { process.setSourceMapsEnabled(5); } catch (e) { console.log(e.code, e.message); }
console.log(process.eventNames(), process.listenerCount('warning'));
console.log(process.noDeprecation, process.throwDeprecation, process.traceDeprecation);
