package dev.strata.autogenerate.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeConversionTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            character varying(100)      | character varying(255)
            character varying(255)      | character varying
            character varying(255)      | text
            character(10)               | character varying(10)
            character(10)               | character(20)
            smallint                    | integer
            integer                     | bigint
            integer                     | numeric(10,0)
            bigint                      | numeric
            numeric(10,2)               | numeric(12,4)
            numeric(10,2)               | numeric
            numeric(9,0)                | integer
            smallint                    | real
            integer                     | double precision
            real                        | double precision
            timestamp(3) without time zone | timestamp(6) without time zone
            timestamp(3) without time zone | timestamp without time zone
            timestamp without time zone | timestamp with time zone
            date                        | timestamp without time zone
            time without time zone      | time with time zone
            jsonb                       | json
            integer                     | text
            public.order_status         | text
            character varying(10)[]     | text[]
            integer[]                   | bigint[]
            integer[]                   | text
            """)
    void widening(String from, String to) {
        assertThat(new TypeConversion(from, to).narrows()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            character varying(255)      | character varying(100)
            character varying           | character varying(100)
            character varying(10)       | character(10)
            text                        | character varying(255)
            character(20)               | character varying(10)
            numeric(19,2)               | numeric(10,2)
            numeric(10,4)               | numeric(10,2)
            numeric                     | numeric(10,2)
            integer                     | numeric(9,0)
            bigint                      | integer
            integer                     | smallint
            numeric(10,0)               | integer
            double precision            | real
            integer                     | real
            bigint                      | double precision
            numeric                     | double precision
            real                        | numeric
            timestamp(6) without time zone | timestamp(3) without time zone
            timestamp without time zone | timestamp(0) without time zone
            timestamp with time zone    | timestamp without time zone
            timestamp without time zone | date
            json                        | jsonb
            text                        | jsonb
            character varying(255)      | integer
            character varying(255)      | public.order_status
            boolean                     | integer
            text[]                      | character varying(10)[]
            text                        | text[]
            bigint[]                    | integer[]
            """)
    void narrowing(String from, String to) {
        assertThat(new TypeConversion(from, to).narrows()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            character varying(100)      | character varying(255)
            character varying(255)      | character varying(100)
            text                        | character varying(50)
            integer                     | text
            public.order_status         | character varying(20)
            boolean                     | text
            bigint                      | integer
            double precision            | integer
            numeric(10,2)               | real
            timestamp with time zone    | date
            timestamp without time zone | time without time zone
            time with time zone         | time without time zone
            json                        | jsonb
            bit(8)                      | bit varying(8)
            integer[]                   | bigint[]
            integer[]                   | text
            """)
    void automaticConversions(String from, String to) {
        assertThat(new TypeConversion(from, to).isAutomatic()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1} USING x{2}")
    @CsvSource(delimiter = '|', textBlock = """
            character varying(255)      | integer              | ::integer
            text                        | jsonb                | ::jsonb
            character varying(20)       | public.order_status  | ::public.order_status
            public.order_status         | public.state         | ::text::public.state
            public.order_status         | integer              | ::text::integer
            boolean                     | integer              | ::integer
            text[]                      | public.state[]       | ::public.state[]
            public.order_status[]       | public.state[]       | ::text[]::public.state[]
            date                        | time without time zone | ::time without time zone
            """)
    void conversionsThatNeedUsing(String from, String to, String cast) {
        TypeConversion conversion = new TypeConversion(from, to);
        assertThat(conversion.isAutomatic()).isFalse();
        assertThat(conversion.usingCast()).isEqualTo(cast);
    }
}
