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

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: TopicAdmin BOOTSTRAP_SERVERS [TOPIC_PREFIX]");
      System.exit(2);
    }
    TopicCatalog catalog = TopicCatalog.forPrefix(args.length > 1 ? args[1] : "");
    List<String> created = ensureTopics(args[0], catalog);
    System.out.println("topics: " + catalog.all().size() + " in catalog, created " + created.size() + " " + created);
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
      return missing.stream().map(NewTopic::name).toList();
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
