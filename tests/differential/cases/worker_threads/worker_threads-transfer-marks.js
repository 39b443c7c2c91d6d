// markAsUncloneable / markAsUntransferable and the transfer list checks of postMessage: an
// uncloneable object, an untransferable buffer in the transfer list, a port in the message
// but not in the transfer list, and the source port in its own transfer list are each a
// DataCloneError with V8's message; nothing is detached when the post fails.
'use strict';
const wt=require('worker_threads');const {port1,port2}=new wt.MessageChannel();
const o={a:1}; wt.markAsUncloneable(o);
try{port1.postMessage({o})}catch(e){console.log(e.name,e.code,e.message)}
const ab=new ArrayBuffer(4); wt.markAsUntransferable(ab); console.log(wt.isMarkedAsUntransferable(ab), wt.isMarkedAsUntransferable({}), wt.isMarkedAsUntransferable(null));
try{port1.postMessage(ab,[ab])}catch(e){console.log(e.name,e.code,e.message)}
console.log(ab.byteLength);
const {port1:p3}=new wt.MessageChannel();
try{port1.postMessage(p3)}catch(e){console.log(e.name,e.code,e.message)}
try{port1.postMessage(1,[port1])}catch(e){console.log(e.name,e.code,e.message)}
port1.postMessage({ buf: ab });
console.log(wt.receiveMessageOnPort(port2).message.buf.byteLength);
p3.close();
port1.close();
