SELECT id, code FROM location WHERE tenant = $1
