package com.example.clients;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "clients")
public class Client {

    @Id
    private Long id;

    @Column(nullable = false, length = 120)
    private String fullName;

    @Column(length = 255)
    private String email;
}
