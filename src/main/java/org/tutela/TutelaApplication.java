package org.tutela;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.tutela.platform.NewKeysets;

/**
 * Tutela: the personal-data side of a training provider, keeping its privacy policy by
 * construction.
 */
@SpringBootApplication
public class TutelaApplication {

	public static void main(String[] args) throws Exception {
		if (args.length == 2 && args[0].equals("keys") && args[1].equals("new")) {
			NewKeysets.print(System.out);
			return;
		}
		SpringApplication.run(TutelaApplication.class, args);
	}

}
