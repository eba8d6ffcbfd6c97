package org.chronik.wikidata;

import java.util.Arrays;

/** A set of positive longs by open addressing: the raw-line filter looks up every id a line names without boxing. */
final class LongSet {
  private long[] slots = new long[64];
  private int size;

  void add(long value) {
    if (value <= 0) {
      throw new IllegalArgumentException("only positive numbers: " + value);
    }
    if ((size + 1) * 2 > slots.length) {
      long[] old = slots;
      slots = new long[old.length * 2];
      size = 0;
      Arrays.stream(old).filter(v -> v != 0).forEach(this::add);
    }
    int i = index(value);
    while (slots[i] != 0) {
      if (slots[i] == value) {
        return;
      }
      i = (i + 1) & (slots.length - 1);
    }
    slots[i] = value;
    size++;
  }

  boolean contains(long value) {
    int i = index(value);
    while (slots[i] != 0) {
      if (slots[i] == value) {
        return true;
      }
      i = (i + 1) & (slots.length - 1);
    }
    return false;
  }

  int size() {
    return size;
  }

  private int index(long value) {
    long h = value * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & (slots.length - 1);
  }
}
