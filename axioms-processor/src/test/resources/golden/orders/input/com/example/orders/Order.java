package com.example.orders;

/** An order. */
public record Order(String id, String item, int quantity) {}
