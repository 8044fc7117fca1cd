import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AppConfig } from '../../config/app-config';
import { ApiKeysService } from './api-keys.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AuthenticationGuard } from './authentication.guard';
import { BootstrapService } from './bootstrap.service';
import { JwtStrategy } from './jwt.strategy';

@Global()
@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({ inject: [AppConfig], useFactory: (config: AppConfig) => ({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } }) }),
  ],
  controllers: [AuthController],
  providers: [AuthService, ApiKeysService, BootstrapService, JwtStrategy, { provide: APP_GUARD, useClass: AuthenticationGuard }],
  exports: [AuthService, ApiKeysService, JwtModule],
})
export class AuthModule {}
