// A worker's process.env is a copy: of the parent's process.env (including changes made in JS)
// or of the env option (values become strings); changes in the worker stay there. An eval
// worker's process.argv is [execPath, '[worker eval]', ...argv].
'use strict';
const {Worker}=require('worker_threads');
process.env.FOO_PARENT='p';
const w=new Worker('const {parentPort}=require("worker_threads");parentPort.postMessage([process.argv.slice(1), process.env.FOO_PARENT, process.env.X, typeof process.env.N]); process.env.FOO_PARENT="changed"',{eval:true, argv:['z'], env:{X:'y', N: 5}});
w.on('message',m=>console.log(m)); w.on('exit',()=>{console.log(process.env.FOO_PARENT);
const w2=new Worker('require("worker_threads").parentPort.postMessage([process.env.FOO_PARENT, process.argv.length]);process.env.FOO_PARENT="c2"',{eval:true});
w2.on('message',m=>console.log(m)); w2.on('exit',()=>console.log(process.env.FOO_PARENT));});
