package com.acme.base;

/** Deleted after compiling: a superclass from a dependency missing at scan time. */
public abstract class BaseRecord {
}
