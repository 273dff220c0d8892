package io.peripheral.strategy.syntax;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * The components of a syntax node, for passes that walk every node whatever its kind (safety scans, name
 * collection). The accessors are looked up once per record class: reflective lookup per visit made the walks the
 * compiler's hottest code.
 */
public final class Children {
  private static final ClassValue<MethodHandle[]> ACCESSORS = new ClassValue<>() {
    @Override
    protected MethodHandle[] computeValue(Class<?> type) {
      if (!type.isRecord()) {
        return new MethodHandle[0];
      }
      RecordComponent[] components = type.getRecordComponents();
      MethodHandle[] out = new MethodHandle[components.length];
      for (int i = 0; i < components.length; i++) {
        try {
          out[i] = MethodHandles.publicLookup().unreflect(components[i].getAccessor());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("record component " + components[i] + " is not public", e);
        }
      }
      return out;
    }
  };

  private static final ClassValue<MethodHandle> CONSTRUCTORS = new ClassValue<>() {
    @Override
    protected MethodHandle computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
      }
      try {
        return MethodHandles.publicLookup().findConstructor(type, MethodType.methodType(void.class, types))
            .asSpreader(Object[].class, types.length);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("no canonical constructor for " + type.getSimpleName(), e);
      }
    }
  };

  private Children() {}

  /**
   * Visits every syntax node under root, root included, parents before children: records (positions excepted) and
   * the elements of lists; anything else (strings, numbers, null) is not a node.
   */
  public static void forEachNode(Object root, Consumer<Object> visit) {
    if (root instanceof List<?> list) {
      for (Object o : list) {
        forEachNode(o, visit);
      }
    } else if (root != null && root.getClass().isRecord() && !(root instanceof Node.Pos)) {
      visit.accept(root);
      for (Object o : of(root)) {
        forEachNode(o, visit);
      }
    }
  }

  /**
   * A copy of the tree under node with the one object target (compared by identity) replaced by replacement;
   * node itself when target is not under it.
   */
  public static Object replace(Object node, Object target, Object replacement) {
    if (node == target) {
      return replacement;
    }
    if (node instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      boolean changed = false;
      for (Object o : list) {
        Object r = replace(o, target, replacement);
        changed |= r != o;
        out.add(r);
      }
      return changed ? Collections.unmodifiableList(out) : list;
    }
    if (node == null || !node.getClass().isRecord() || node instanceof Node.Pos) {
      return node;
    }
    List<Object> parts = of(node);
    Object[] next = new Object[parts.size()];
    boolean changed = false;
    for (int i = 0; i < next.length; i++) {
      next[i] = replace(parts.get(i), target, replacement);
      changed |= next[i] != parts.get(i);
    }
    if (!changed) {
      return node;
    }
    try {
      return CONSTRUCTORS.get(node.getClass()).invoke(next);
    } catch (Throwable e) {
      throw new IllegalStateException("rebuilding " + node.getClass().getSimpleName(), e);
    }
  }

  /** The component values of a record node (nulls included), in declaration order; none for anything else. */
  public static List<Object> of(Object node) {
    if (node == null) {
      return List.of();
    }
    MethodHandle[] accessors = ACCESSORS.get(node.getClass());
    List<Object> out = new ArrayList<>(accessors.length);
    for (MethodHandle accessor : accessors) {
      try {
        out.add(accessor.invoke(node));
      } catch (Throwable e) {
        throw new IllegalStateException("reading a component of " + node.getClass().getSimpleName(), e);
      }
    }
    return out;
  }
}
