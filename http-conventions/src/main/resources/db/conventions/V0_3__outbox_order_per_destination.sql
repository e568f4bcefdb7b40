-- A message waits only for the earlier open messages of its aggregate that go to the same destination: one
-- callee being down or refusing a message must not hold back what another callee should hear. The open-message
-- index therefore leads with the destination too, so "is there an earlier open message of this aggregate for
-- this destination" stays one index probe.
drop index outbox_message_open_idx;
create index outbox_message_open_idx on outbox_message (aggregate_type, aggregate_id, destination, position)
    where status in ('PENDING', 'FAILED');
