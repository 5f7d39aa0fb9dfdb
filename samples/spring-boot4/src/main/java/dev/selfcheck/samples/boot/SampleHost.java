package dev.selfcheck.samples.boot;

import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.jackson3.SelfcheckJackson3Module;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A Spring Boot application that scores self-check responses. */
@SpringBootApplication
public class SampleHost {

  /**
   * Starts the application.
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(SampleHost.class, args);
  }

  /**
   * The Jackson module that also reads assessments of the flagship. Spring Boot adds module beans
   * after the modules it finds, so this one takes precedence over the one without questionnaires.
   *
   * @return the module
   */
  @Bean
  SelfcheckJackson3Module selfcheckModule() {
    return SelfcheckJackson3Module.withQuestionnaires(Flagship.questionnaire());
  }
}
