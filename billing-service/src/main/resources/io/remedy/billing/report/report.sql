SELECT i.location_id, i.location_code, i.location_name, i.currency,
       count(*) FILTER (WHERE i.kind = 'INVOICE') AS invoices,
       coalesce(sum(i.total_cents) FILTER (WHERE i.kind = 'INVOICE'), 0) AS invoiced,
       coalesce(sum(i.total_cents) FILTER (WHERE i.kind = 'INVOICE'
           AND i.reason IN ('LATE_CANCELLATION', 'NO_SHOW')), 0) AS fees,
       coalesce(sum(i.paid_cents) FILTER (WHERE i.kind = 'INVOICE'), 0) AS paid,
       coalesce(sum(i.refunded_cents) FILTER (WHERE i.kind = 'INVOICE'), 0) AS refunded,
       coalesce(sum(greatest(0, i.total_cents - i.paid_cents + i.refunded_cents))
           FILTER (WHERE i.kind = 'INVOICE' AND i.status <> 'VOID'), 0) AS outstanding,
       coalesce(sum(-i.total_cents) FILTER (WHERE i.kind = 'CREDIT_NOTE'), 0) AS credited,
       count(*) FILTER (WHERE i.kind = 'INVOICE' AND i.reason = 'PACKAGE') AS package_sales,
       coalesce(sum(i.total_cents) FILTER (WHERE i.kind = 'INVOICE' AND i.reason = 'PACKAGE'), 0)
           AS package_sales_cents
FROM invoice i
LEFT JOIN session_copy s ON s.tenant = i.tenant AND s.session_id = i.session_id
WHERE i.tenant = :tenant
  -- every zone is within a day of UTC: these bounds hold every day of the range, and an index bounds them
  AND i.issued_at >= (CAST(:from AS date) - 1)::timestamp AT TIME ZONE 'UTC'
  AND i.issued_at < (CAST(:to AS date) + 2)::timestamp AT TIME ZONE 'UTC'
  -- the days of the range in the location of each invoice
  AND i.issued_at >= (CAST(:from AS date))::timestamp AT TIME ZONE coalesce(i.time_zone, s.time_zone)
  AND i.issued_at < (CAST(:to AS date) + 1)::timestamp AT TIME ZONE coalesce(i.time_zone, s.time_zone)
  /*location*/
GROUP BY i.location_id, i.location_code, i.location_name, i.currency
ORDER BY i.location_code, i.currency
