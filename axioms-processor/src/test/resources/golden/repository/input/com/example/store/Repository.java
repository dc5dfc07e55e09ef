package com.example.store;

import io.axioms.annotations.BearerToken;
import io.axioms.annotations.Guarded;
import io.axioms.annotations.HasRequiredScopes;
import io.axioms.annotations.HasValidAccessToken;
import io.axioms.annotations.Public;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** A generic store, package-private, with the signatures that are hard to copy. */
@Guarded
@HasValidAccessToken
@HasRequiredScopes("store")
interface Repository<K extends Comparable<K>, V> {

  V find(@BearerToken String authorization, K key) throws IOException;

  @HasRequiredScopes("store:bulk")
  @SuppressWarnings("unchecked")
  List<V> findAll(@BearerToken String authorization, K... keys);

  @HasRequiredScopes("store:bulk")
  List<V> findAll(@BearerToken String authorization, List<K> keys, int limit);

  <R> CompletableFuture<R> map(@BearerToken String authorization, K key, Function<V, R> mapping);

  void put(@BearerToken String token, K delegate, V validator);

  long size(@BearerToken String binding);

  @Public
  boolean isEmpty();

  default int count(@BearerToken String authorization) {
    return (int) size(authorization);
  }
}
