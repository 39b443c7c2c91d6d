// process.setuid/seteuid/setgid/setegid/setgroups/initgroups: numeric ids and names,
// ERR_UNKNOWN_CREDENTIAL for unknown names, ERR_INVALID_ARG_TYPE / ERR_OUT_OF_RANGE for bad ids,
// and after dropping to nobody, EPERM as Node's ErrnoException (`EPERM, Operation not
// permitted`, positive errno). Run as root or not, node and weft see the same.
'use strict';
function t(l,f){try{console.log(l, f())}catch(e){console.log(l, e.name, e.code, e.message, Object.keys(e), e.errno, e.syscall)}}
t("setuid nouser", ()=>process.setuid("nosuchuserx"));
t("setgid nogroup", ()=>process.setgid("nosuchgroupx"));
t("setuid obj", ()=>process.setuid({}));
t("setuid -1", ()=>process.setuid(-1));
t("setuid 1.5", ()=>process.setuid(1.5));
t("setuid root", ()=>process.setuid("root"));
t("setuid 0", ()=>process.setuid(0));
t("seteuid 0", ()=>process.seteuid(0));
t("setgid root", ()=>process.setgid("root"));
t("setegid 0", ()=>process.setegid(0));
t("setgroups", ()=>process.setgroups([0]));
t("setgroups bad", ()=>process.setgroups(5));
t("setgroups bad2", ()=>process.setgroups(["nosuchgroupx"]));
t("setgroups bad3", ()=>process.setgroups([{}]));
t("initgroups", ()=>process.initgroups("root", 0));
t("initgroups num", ()=>process.initgroups(0, "root"));
t("initgroups bad", ()=>process.initgroups("nosuchuserx", 0));
t("initgroups bad2", ()=>process.initgroups("root", "nosuchgroupx"));
console.log(process.setuid.name, process.setuid.length, process.setgroups.length, process.initgroups.length);
process.setuid(65534);
t("setuid back", ()=>process.setuid(0));
t("setgroups back", ()=>process.setgroups([1]));
t("initgroups after drop", ()=>process.initgroups("root", 0));
t("getuid", ()=>[process.getuid(), process.geteuid()]);
