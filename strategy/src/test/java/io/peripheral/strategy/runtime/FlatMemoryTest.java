package io.peripheral.strategy.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.WasmRuntimeException;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import org.junit.jupiter.api.Test;

class FlatMemoryTest {
  @Test
  void readsBackWhatWasWrittenLittleEndian() {
    FlatMemory m = new FlatMemory(new MemoryLimits(1, 4));
    m.writeF64(8, -1.5);
    m.writeLong(16, 0x0102030405060708L);
    m.writeI32(24, -7);
    assertThat(m.readDouble(8)).isEqualTo(-1.5);
    assertThat(m.read(16)).isEqualTo((byte) 0x08);
    assertThat(m.readLong(16)).isEqualTo(0x0102030405060708L);
    assertThat(m.readInt(24)).isEqualTo(-7);
    assertThat(m.readU16(24)).isEqualTo(0xfff9L);
  }

  @Test
  void growKeepsContentsAndRefusesToPassTheMaximum() {
    FlatMemory m = new FlatMemory(new MemoryLimits(1, 3));
    m.writeLong(Memory.PAGE_SIZE - 8, 42);
    assertThat(m.grow(2)).isEqualTo(1);
    assertThat(m.pages()).isEqualTo(3);
    assertThat(m.readLong(Memory.PAGE_SIZE - 8)).isEqualTo(42);
    m.writeLong(3 * Memory.PAGE_SIZE - 8, 1);
    assertThat(m.grow(1)).isEqualTo(-1);
    assertThat(m.pages()).isEqualTo(3);
  }

  @Test
  void accessesOutsideTheMemoryTrapLikeChicorysMemories() {
    FlatMemory m = new FlatMemory(new MemoryLimits(1, 1));
    assertThatThrownBy(() -> m.readDouble(Memory.PAGE_SIZE - 4)).isInstanceOf(WasmRuntimeException.class)
        .hasMessage("out of bounds memory access");
    assertThatThrownBy(() -> m.writeLong(-8, 1)).isInstanceOf(WasmRuntimeException.class);
    assertThatThrownBy(() -> m.readBytes(Memory.PAGE_SIZE - 2, 4)).isInstanceOf(WasmRuntimeException.class);
    assertThatThrownBy(() -> m.copy(0, Memory.PAGE_SIZE - 8, 16)).isInstanceOf(WasmRuntimeException.class);
  }

  @Test
  void zeroClearsMemoryThatWasWritten() {
    FlatMemory m = new FlatMemory(new MemoryLimits(1, 1));
    m.zero();
    m.writeLong(64, -1);
    m.zero();
    assertThat(m.readLong(64)).isZero();
  }
}
