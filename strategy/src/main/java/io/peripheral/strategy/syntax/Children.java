package io.peripheral.strategy.syntax;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

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

  private Children() {}

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
