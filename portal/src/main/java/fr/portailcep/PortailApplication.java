package fr.portailcep;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Portail CEP: the portal of the Conseil en évolution professionnelle of a regional operator. */
@SpringBootApplication
public class PortailApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortailApplication.class, args);
    }
}
