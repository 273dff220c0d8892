package io.peripheral.schemas.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates the topics of a {@link TopicCatalog} (brokers never auto-create them) and checks that existing ones
 * have the declared partition count. Also a command: {@code TopicAdmin BOOTSTRAP [PREFIX]}.
 */
public final class TopicAdmin {
  private TopicAdmin() {}

  /**
   * {@code TopicAdmin BOOTSTRAP [PREFIX]} creates the catalog's topics (under a replay prefix if given);
   * {@code TopicAdmin BOOTSTRAP --delete-replays REGEX} deletes every replay namespace whose id matches.
   */
  public static void main(String[] args) {
    if (args.length < 1 || (args.length > 1 && args[1].equals("--delete-replays") && args.length != 3)) {
      System.err.println("usage: TopicAdmin BOOTSTRAP_SERVERS [TOPIC_PREFIX | --delete-replays ID_REGEX]");
      System.exit(2);
    }
    if (args.length == 3) {
      List<String> deleted = deleteReplays(args[0], java.util.regex.Pattern.compile(args[2]));
      System.out.println("replay namespaces deleted: " + deleted.size() + " " + deleted);
      return;
    }
    TopicCatalog catalog = TopicCatalog.forPrefix(args.length > 1 ? args[1] : "");
    List<String> created = ensureTopics(args[0], catalog);
    System.out.println("topics: " + catalog.all().size() + " in catalog, created " + created.size() + " " + created);
  }

  /** Deletes the topics of every replay namespace whose id matches {@code ids}; returns the ids. */
  public static List<String> deleteReplays(String bootstrapServers, java.util.regex.Pattern ids) {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    java.util.regex.Pattern namespace = java.util.regex.Pattern.compile("replay\\.([A-Za-z0-9_-]{1,64})\\..*");
    try (Admin admin = Admin.create(props)) {
      java.util.TreeSet<String> matched = new java.util.TreeSet<>();
      for (String topic : admin.listTopics().names().get()) {
        java.util.regex.Matcher m = namespace.matcher(topic);
        if (m.matches() && ids.matcher(m.group(1)).matches()) {
          matched.add(m.group(1));
        }
      }
      for (String id : matched) {
        deleteReplayTopics(admin, TopicCatalog.replay(id));
      }
      return List.copyOf(matched);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while deleting replay topics", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("could not list topics: " + e.getCause().getMessage(), e.getCause());
    }
  }

  /** Creates missing topics; returns the names created. Fails if an existing topic has other partitions. */
  public static List<String> ensureTopics(String bootstrapServers, TopicCatalog catalog) {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    try (Admin admin = Admin.create(props)) {
      return ensureTopics(admin, catalog);
    }
  }

  public static List<String> ensureTopics(Admin admin, TopicCatalog catalog) {
    try {
      Set<String> existing = admin.listTopics().names().get();
      List<NewTopic> missing = new ArrayList<>();
      for (Topic<?, ?> t : catalog.all()) {
        if (!existing.contains(t.name())) {
          missing.add(new NewTopic(t.name(), t.partitions(), (short) 1).configs(t.configs()));
        }
      }
      if (!missing.isEmpty()) {
        try {
          admin.createTopics(missing).all().get();
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
            throw e;
          }
        }
      }
      Map<String, TopicDescription> described = describeWhenKnown(admin, catalog);
      for (Topic<?, ?> t : catalog.all()) {
        int actual = described.get(t.name()).partitions().size();
        if (actual != t.partitions()) {
          throw new IllegalStateException("topic " + t.name() + " has " + actual + " partitions, the catalog declares "
              + t.partitions());
        }
      }
      List<String> created = missing.stream().map(NewTopic::name).toList();
      awaitLeadersServing(admin, catalog, Set.copyOf(created));
      return created;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("could not create topics: " + e.getCause().getMessage(), e.getCause());
    }
  }

  /**
   * Describes the catalog's topics, waiting (up to 30 s) while the broker's metadata does not know a topic that was
   * just created: a fresh broker answers UnknownTopicOrPartition for a moment after CreateTopics returns.
   */
  private static Map<String, TopicDescription> describeWhenKnown(Admin admin, TopicCatalog catalog)
      throws InterruptedException, ExecutionException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try {
        return admin.describeTopics(catalog.all().stream().map(Topic::name).toList()).allTopicNames().get();
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
          throw e;
        }
        TimeUnit.MILLISECONDS.sleep(100);
      }
    }
  }

  /**
   * Waits (up to 30 s) until the broker leads every partition of the topics just created: until then a fresh
   * partition may answer NOT_LEADER to a producer's first idempotent batch while accepting the next one in
   * flight, and the retried first batch is refused as out of sequence for good. ListOffsets is served only by a
   * partition's leader, so its success means the partitions take writes.
   */
  private static void awaitLeadersServing(Admin admin, TopicCatalog catalog, Set<String> created)
      throws InterruptedException {
    Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> partitions =
        new java.util.HashMap<>();
    for (Topic<?, ?> t : catalog.all()) {
      if (created.contains(t.name())) {
        for (int p = 0; p < t.partitions(); p++) {
          partitions.put(new org.apache.kafka.common.TopicPartition(t.name(), p),
              org.apache.kafka.clients.admin.OffsetSpec.latest());
        }
      }
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!partitions.isEmpty() && System.nanoTime() < deadline) {
      try {
        admin.listOffsets(partitions).all().get();
        return;
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof org.apache.kafka.common.errors.RetriableException)) {
          return; // not a matter of waiting: the producer will report whatever it is
        }
        TimeUnit.MILLISECONDS.sleep(100);
      }
    }
  }

  /** Deletes every topic of a replay namespace (live topics are never deleted by this). */
  public static void deleteReplayTopics(Admin admin, TopicCatalog catalog) {
    if (!catalog.isReplay()) {
      throw new IllegalArgumentException("refusing to delete the live topics");
    }
    try {
      admin.deleteTopics(catalog.all().stream().map(Topic::name).toList()).all().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException("could not delete replay topics: " + e.getCause().getMessage(), e.getCause());
    }
  }
}
