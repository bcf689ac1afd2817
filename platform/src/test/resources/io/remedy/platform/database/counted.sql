SELECT count(*) FROM appointment
WHERE tenant = :tenant
  /*filter*/

