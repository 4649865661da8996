// electron/main/index.ts
console.log("main");
