package org.passage; public class Main { public static void main(String[] a){} }
