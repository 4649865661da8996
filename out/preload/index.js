// electron/preload/index.ts
console.log("pre");
