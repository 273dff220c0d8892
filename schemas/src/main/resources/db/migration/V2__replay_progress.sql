-- One row per (replay, bar topic, partition) whose end-of-stream marker the bar sink has written, in the same
-- transaction as the bars before it. A replay is complete in the database when it has
-- 6 intervals x TopicCatalog.BAR_PARTITIONS rows.
CREATE TABLE IF NOT EXISTS replay_progress (
  replay_id    text        NOT NULL,
  topic        text        NOT NULL,
  partition    int         NOT NULL,
  completed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (replay_id, topic, partition)
);
