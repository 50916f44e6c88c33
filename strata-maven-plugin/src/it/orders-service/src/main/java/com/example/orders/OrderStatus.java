package com.example.orders;

public enum OrderStatus {
    NEW, PAID, SHIPPED, CANCELLED
}
