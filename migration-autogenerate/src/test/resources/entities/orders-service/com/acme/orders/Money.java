package com.acme.orders;

/** Deleted after compiling: stands for a class of a dependency missing at scan time. */
public class Money {
}
