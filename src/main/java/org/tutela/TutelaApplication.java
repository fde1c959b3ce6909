package org.tutela;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Tutela: the personal-data side of a training provider, keeping its privacy policy by
 * construction.
 */
@SpringBootApplication
public class TutelaApplication {

	public static void main(String[] args) {
		SpringApplication.run(TutelaApplication.class, args);
	}

}
