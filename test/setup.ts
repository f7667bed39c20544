// One setup file for every unit and integration test (STYLE.md).
process.env.TZ = 'Asia/Shanghai';
