/* Included before every C file built for the older-Linux bundle (packaging/old-glibc/build.sh).
   glibc 2.29 gave exp, exp2, log, log2 and pow new default symbol versions (they no longer set errno
   through the SVID wrapper); code linked against glibc 2.29+ then refuses to load on 2.28. Binding
   them to the versions every x86-64 glibc has keeps the results (math.exp(1), math.log(10),
   math.pow(2, 0.5) give the usual values) and the bundle loadable on glibc 2.28. */
__asm__(".symver exp,exp@GLIBC_2.2.5");
__asm__(".symver exp2,exp2@GLIBC_2.2.5");
__asm__(".symver log,log@GLIBC_2.2.5");
__asm__(".symver log2,log2@GLIBC_2.2.5");
__asm__(".symver pow,pow@GLIBC_2.2.5");
